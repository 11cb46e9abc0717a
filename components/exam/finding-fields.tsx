"use client";
import { ANKLE_REFLEXES } from "@/lib/domain/codes";
import { ChoiceGroup, NumberField } from "./exam-controls";
import { valueAt } from "./exam-draft";
import { REFLEX_LABEL } from "./exam-format";
import type { SectionProps } from "./section-props";

const SIDES = [
  { side: "left", word: "Left" },
  { side: "right", word: "Right" },
] as const;

const REFLEX_CHOICES = ANKLE_REFLEXES.map((r) => ({ value: r, label: REFLEX_LABEL[r] }));

/** Previous value and whether it changed, for the field at `path`. */
export function comparison(props: SectionProps, path: string, words?: (v: string) => string) {
  if (!props.previous) return {};
  const before = valueAt(props.previous, path);
  const shown = typeof before === "boolean" ? (before ? "yes" : "no") : before === "" ? "not done" : before;
  return {
    previous: words && typeof before === "string" && before !== "" ? words(before) : shown,
    changed: before !== valueAt(props.draft, path),
  };
}

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
              <NumberField
                label={`${word} foot: felt`}
                value={draft.monofilament[side].felt}
                onChange={(v) => set(`monofilament.${side}.felt`, v)}
                min={0}
                max={10}
                autoFocus={props.autoFocus && side === "left"}
                error={errorAt(`monofilament.${side}.felt`) ?? errorAt(`monofilament.${side}`)}
                {...comparison(props, `monofilament.${side}.felt`)}
              />
              <NumberField
                label={`${word} foot: tested`}
                value={draft.monofilament[side].tested}
                onChange={(v) => set(`monofilament.${side}.tested`, v)}
                min={1}
                max={10}
                error={errorAt(`monofilament.${side}.tested`)}
                {...comparison(props, `monofilament.${side}.tested`)}
              />
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="rounded-lg border border-slate-300 p-3">
        <legend className="px-1 font-semibold">128-Hz tuning fork at the great toe</legend>
        <div className="grid grid-cols-2 gap-3">
          {SIDES.map(({ side, word }) => (
            <NumberField
              key={side}
              label={`${word}: seconds felt`}
              suffix="s (0 = not felt)"
              value={draft.vibration[side]}
              onChange={(v) => set(`vibration.${side}`, v)}
              min={0}
              max={60}
              step={0.5}
              error={errorAt(`vibration.${side}`)}
              {...comparison(props, `vibration.${side}`, (v) => `${v} s`)}
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
              error={errorAt(`ankleReflex.${side}`)}
              {...comparison(props, `ankleReflex.${side}`, (v) => REFLEX_LABEL[v as keyof typeof REFLEX_LABEL])}
            />
          ))}
        </div>
      </fieldset>
    </>
  );
}
