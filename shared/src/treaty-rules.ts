/**
 * What the treaties themselves say about dates, so a missing date can be derived (and labelled as
 * derived) rather than guessed. Only rules read in the treaty text are here.
 */
import { addDays, addYears, firstDayOfNextMonth, maxDate } from './iso-date.ts';
import type { Treaty } from './schemas/treaty.ts';

export interface DerivedDate {
  date: string;
  note: string;
}

interface TreatyRules {
  /** Before this day no State can have done anything about the treaty (opened for signature). */
  openedOn: string;
  /** Absent when entry into force does not follow from a State's own deposit (art. 121(4) amendments). */
  entryIntoForce?: (deposit: string) => DerivedDate;
  /** Absent when the treaty's denunciation rule is not encoded here: then only recorded dates count. */
  withdrawalEffective?: (notified: string) => DerivedDate;
}

function amendmentInForce(deposit: string): DerivedDate {
  const date = addYears(deposit, 1);
  return { date, note: `Entry into force on ${date} derived from the deposit on ${deposit} (Rome Statute, art. 121(5)).` };
}

export const TREATY_RULES: Record<Treaty, TreatyRules> = {
  rome_statute: {
    openedOn: '1998-07-17',
    // Art. 126: in force on the first day of the month after the 60th day following deposit; for the
    // first sixty instruments, on 1 July 2002.
    entryIntoForce: (deposit) => {
      const date = maxDate(firstDayOfNextMonth(addDays(deposit, 60)), '2002-07-01');
      return { date, note: `Entry into force on ${date} derived from the deposit on ${deposit} (Rome Statute, art. 126).` };
    },
    // Art. 127(1): one year after receipt of the notification (a later date given in it is recorded as
    // a withdrawal_effective event and wins).
    withdrawalEffective: (notified) => {
      const date = addYears(notified, 1);
      return { date, note: `Withdrawal effective on ${date} derived from the notification of ${notified} (Rome Statute, art. 127(1)).` };
    },
  },
  apic: {
    openedOn: '2002-09-10',
    // Art. 35: in force 30 days after the tenth instrument (22 July 2004); for later instruments, on the
    // thirtieth day following deposit.
    entryIntoForce: (deposit) => {
      const date = maxDate(addDays(deposit, 30), '2004-07-22');
      return { date, note: `Entry into force on ${date} derived from the deposit on ${deposit} (APIC, art. 35).` };
    },
  },
  // Art. 121(5): an amendment to article 5 or 8 enters into force for a State Party that accepts it one
  // year after the deposit of its instrument.
  amendment_art8: { openedOn: '2010-06-10', entryIntoForce: amendmentInForce },
  amendment_aggression: { openedOn: '2010-06-11', entryIntoForce: amendmentInForce },
  // Art. 121(4): in force for all States Parties one year after seven-eighths of them have deposited; a
  // State's own deposit fixes no date, so only a recorded entry into force counts.
  amendment_art124: { openedOn: '2015-11-26' },
};
