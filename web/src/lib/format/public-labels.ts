/** Labels of the public clearinghouse's words (regions, kinds of entity, treaty status and events). */
import { labelOr } from './labels.ts';

export const regionLabel = (group: string | null) => labelOr(`public.region.${group ?? 'none'}`, group ?? '');
export const kindLabel = (kind: string) => labelOr(`public.entityKind.${kind}`, kind);
export const treatyStatusLabel = (status: string) => labelOr(`public.treatyStatus.${status}`, status);
export const treatyEventLabel = (type: string) => labelOr(`public.treatyEvent.${type}`, type);
