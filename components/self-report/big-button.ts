/** The questionnaire's answer and action buttons: 56 px high, text of 20 px, for a finger on a tablet. */
export const BIG_BUTTON =
  "min-h-14 w-full rounded-xl border-2 px-4 py-3 text-left text-xl font-medium transition-colors focus-visible:outline-offset-4";
