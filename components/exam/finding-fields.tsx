"use client";
import { ANKLE_REFLEXES } from "@/lib/domain/codes";
import { ChoiceGroup, NOT_DONE_KEY, MeasurementField } from "./exam-controls";
import { NOT_DONE } from "./exam-draft";
import { REFLEX_LABEL } from "./exam-format";
import { fieldNotes, type SectionProps } from "./section-props";

const SIDES = [
  { side: "left", word: "Left" },
  { side: "right", word: "Right" },
] as const;

// Each reflex by its own letter: n normal, r reduced, w with reinforcement only, a absent.
const REFLEX_KEYS = { normal: "n", reduced: "r", reinforcement: "w", absent: "a" } as const;
const REFLEX_CHOICES = [
  ...ANKLE_REFLEXES.map((r) => ({ value: r, label: REFLEX_LABEL[r], shortcut: REFLEX_KEYS[r] })),
  { value: NOT_DONE, label: "Not done", shortcut: NOT_DONE_KEY },
];

/** 10-g monofilament (sites felt of tested, per foot), 128-Hz vibration and ankle reflexes. */
export function FindingFields(props: SectionProps) {
  const { draft, set, errorAt } = props;
  return (
    <>
      <fieldset className="rounded-lg border border-slate-300 p-3">
        <legend className="px-1 font-semibold">10-g monofilament: sites felt of sites tested</legend>
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {SIDES.map(({ side, word }) => (
            <div key={side} className="contents">
              <MeasurementField
                label={`${word} foot: felt`}
                value={draft.monofilament[side].felt}
                onChange={(v) => set(`monofilament.${side}.felt`, v)}
                id={props.fieldId(`monofilament.${side}.felt`)}
                autoFocus={props.autoFocus && side === "left"}
                error={errorAt(`monofilament.${side}.felt`) ?? errorAt(`monofilament.${side}`)}
                notes={fieldNotes(props, `monofilament.${side}.felt`)}
              />
              <MeasurementField
                label={`${word} foot: tested`}
                value={draft.monofilament[side].tested}
                onChange={(v) => set(`monofilament.${side}.tested`, v)}
                id={props.fieldId(`monofilament.${side}.tested`)}
                error={errorAt(`monofilament.${side}.tested`)}
                notes={fieldNotes(props, `monofilament.${side}.tested`)}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="rounded-lg border border-slate-300 p-3">
        <legend className="px-1 font-semibold">128-Hz tuning fork at the great toe</legend>
        <div className="grid grid-cols-2 gap-3">
          {SIDES.map(({ side, word }) => (
            <MeasurementField
              key={side}
              label={`${word}: seconds felt`}
              suffix="s (0 = not felt)"
              value={draft.vibration[side]}
              onChange={(v) => set(`vibration.${side}`, v)}
              id={props.fieldId(`vibration.${side}`)}
              error={errorAt(`vibration.${side}`)}
              notes={fieldNotes(props, `vibration.${side}`, (v) => `${v} s`)}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="rounded-lg border border-slate-300 p-3">
        <legend className="px-1 font-semibold">Ankle reflexes</legend>
        <div className="flex flex-col gap-3">
          {SIDES.map(({ side, word }) => (
            <ChoiceGroup
              key={side}
              label={`${word} ankle reflex`}
              choices={REFLEX_CHOICES}
              value={draft.ankleReflex[side]}
              onChange={(v) => set(`ankleReflex.${side}`, v)}
              id={props.fieldId(`ankleReflex.${side}`)}
              error={errorAt(`ankleReflex.${side}`)}
              notes={fieldNotes(props, `ankleReflex.${side}`, (v) => REFLEX_LABEL[v as keyof typeof REFLEX_LABEL])}
            />
          ))}
        </div>
      </fieldset>
    </>
  );
}
