import type { PluralMessage } from '../types.ts';
import type { deviceEn } from './device.en.ts';

/** Russian strings of device.en.ts: must hold every key (type-checked). */
export const deviceRu: { readonly [K in keyof typeof deviceEn]: (typeof deviceEn)[K] extends string ? string : PluralMessage } = {
  'device.signOut.title': 'Изменения ещё не отправлены',
  'device.signOut.changes': {
    one: '{count} изменение, сделанное на этом устройстве, ещё не дошло до сервера.',
    few: '{count} изменения, сделанные на этом устройстве, ещё не дошли до сервера.',
    many: '{count} изменений, сделанных на этом устройстве, ещё не дошли до сервера.',
    other: '{count} изменения, сделанного на этом устройстве, ещё не дошли до сервера.',
  },
  'device.signOut.transmissions': {
    one: '{count} материал ждёт передачи.',
    few: '{count} материала ждут передачи.',
    many: '{count} материалов ждут передачи.',
    other: '{count} материала ждут передачи.',
  },
  'device.signOut.explain':
    'При выходе ваши данные удаляются с этого устройства. Если черновики могут понадобиться вам в другом месте, сначала экспортируйте их в файл.',
  'device.signOut.keep': 'Выйти и сохранить их на этом устройстве',
  'device.signOut.keepHint':
    'Сохранённые изменения остаются привязанными к вашей учётной записи и будут отправлены при следующем входе на этом устройстве. Никто другой, войдя здесь, их не увидит.',
  'device.signOut.discard': 'Выйти и удалить их',
  'device.signOut.cancel': 'Остаться в системе',
  'device.signOut.confirmTitle': 'Удалить неотправленные изменения?',
  'device.signOut.confirmText':
    'Они будут безвозвратно удалены с этого устройства и не могут быть восстановлены, если вы не экспортировали черновики.',
  'device.signOut.confirmDelete': 'Удалить и выйти',
  'device.signOut.back': 'Назад',
  'device.signOut.export': 'Экспортировать мои черновики',
  'device.signOut.exported': {
    one: 'Экспортирован {count} черновик.',
    few: 'Экспортировано {count} черновика.',
    many: 'Экспортировано {count} черновиков.',
    other: 'Экспортировано {count} черновика.',
  },
  'device.signOut.passphraseHint':
    'Ваши черновики содержат конфиденциальные части: экспортируемый файл защищается парольной фразой. Её спросят при импорте; храните её отдельно от файла.',
  'device.signOut.passphrase': 'Парольная фраза для файла',
  'device.signOut.passphraseRepeat': 'Парольная фраза ещё раз',
  'device.signOut.passphraseShort': 'Выберите парольную фразу не короче {count} символов.',
  'device.signOut.passphraseMismatch': 'Парольные фразы не совпадают: введите одну и ту же дважды.',
  'device.signOut.exportedProtected': {
    one: 'Экспортирован {count} черновик, защищённый вашей парольной фразой.',
    few: 'Экспортировано {count} черновика, защищённых вашей парольной фразой.',
    many: 'Экспортировано {count} черновиков, защищённых вашей парольной фразой.',
    other: 'Экспортировано {count} черновика, защищённых вашей парольной фразой.',
  },
  'device.signOut.working': 'Выход…',
  'device.signOut.failed': 'Не все данные на этом устройстве удалось удалить: {reason}',
  'device.notice.accountDisabled':
    'Эта учётная запись деактивирована, и её данные удалены с этого устройства. Если вы считаете, что это ошибка, обратитесь в Секретариат.',
};
