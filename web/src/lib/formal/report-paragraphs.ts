/**
 * The numbered paragraphs of the compilation report, in one language: the introduction, the status
 * of the treaties (from the same server figures as the public home page, each "as of" the date of
 * the records it rests on) and one paragraph opening each category. Numbered continuously, as the
 * Assembly's documents are. Pure: the page fetches, this writes.
 */
import type { Report, ReportScope } from '$lib/secretariat/report.ts';
import type { Summary } from '@clearinghouse/shared';
import type { DocumentWords } from './document-words.ts';

export interface Paragraph {
  number: number;
  text: string;
}

export interface ReportParagraphs {
  introduction: Paragraph[];
  status: Paragraph[];
  /** The paragraph opening each category's section, by the section's number in `report.sections`. */
  sections: Map<number, Paragraph>;
}

const orDash = (words: DocumentWords, date: string) => (date ? words.date(date) : '…');

export function reportParagraphs(words: DocumentWords, scope: ReportScope, report: Report, summary: Summary | null): ReportParagraphs {
  let number = 0;
  const next = (text: string): Paragraph => ({ number: ++number, text });

  const opening =
    scope.kind === 'cycle'
      ? words.t('formal.report.intro.request', {
          reference: scope.cycle.reference,
          issuedOn: words.date(scope.cycle.issuedOn),
          deadline: words.date(scope.cycle.deadline),
        })
      : words.t('formal.report.intro.range', { from: orDash(words, scope.from), to: orDash(words, scope.to) });
  const introduction = [
    next(opening),
    next(words.t('formal.report.intro.clearinghouse')),
    next(words.t('formal.report.intro.published')),
    next(words.t('formal.report.intro.totals', { items: report.itemCount, entities: report.entityCount })),
  ];

  const status: Paragraph[] = [];
  if (!summary) status.push(next(words.t('formal.report.status.unavailable')));
  else {
    const basis = summary.basis;
    status.push(
      next(
        words.t('formal.report.status.rome', {
          asOf: words.date(basis.rome_statute.referenceAsOf),
          parties: summary.statesParties.total.parties,
          changes: basis.rome_statute.secretariatChanges,
        }),
      ),
    );
    if (summary.statesParties.total.undetermined > 0)
      status.push(next(words.t('formal.report.status.undetermined', { count: summary.statesParties.total.undetermined })));
    status.push(
      next(
        words.t('formal.report.status.apic', {
          asOf: words.date(basis.apic.referenceAsOf),
          parties: summary.apicParties.total.parties,
          changes: basis.apic.secretariatChanges,
        }),
      ),
    );
    const amendments = summary.amendmentParties;
    if (amendments && basis.amendment_aggression)
      status.push(
        next(
          words.t('formal.report.status.amendments', {
            asOf: words.date(basis.amendment_aggression.referenceAsOf),
            art8: amendments.amendment_art8.parties,
            aggression: amendments.amendment_aggression.parties,
            art124: amendments.amendment_art124.parties,
          }),
        ),
      );
  }

  const sections = new Map(
    report.sections.map((s) => [s.number, next(words.t('formal.report.category.count', { count: s.entities.length }))] as const),
  );
  return { introduction, status, sections };
}
