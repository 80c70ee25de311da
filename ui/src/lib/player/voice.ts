// Spoken guidance for the player: what to say as the session moves (a pure function of
// two player views, tested on its own), and who says it: the backend's speech service
// on Linux, the web view's speech synthesis (the system synthesizer) on macOS and
// Windows.
import type { PlayerStep, PlayerView, Settings, SpeechEngine } from "../bindings";
import { api } from "../ipc";
import { footLabel } from "../format";
import { lang, plain, PSEUDO, t } from "../i18n/i18n.svelte";

/** What guidance remembers of the last view it saw. */
export type Moment = { current: number; remainingMs: number; finished: boolean };

export function moment(view: PlayerView): Moment {
  return { current: view.current, remainingMs: view.step_remaining_ms, finished: view.finished };
}

/** Steps at least this long get a half-way prompt. */
export const HALF_WAY_FROM_SECONDS = 40;
/** Steps at least this long have their last seconds marked. */
export const LAST_SECONDS_FROM_SECONDS = 20;
export const LAST_SECONDS = 10;

/**
 * The line that opens a step: its name, the foot, its cue, and (`withCaution`: the
 * first time its technique comes up in the session) its first caution.
 */
export function stepLine(step: PlayerStep, withCaution = true): string {
  const title = step.title.replace(/[.!?。！？]+$/, "");
  const caution = withCaution && step.caution ? t("voice-caution", { caution: step.caution }) : "";
  return plain([t("voice-step", { title, foot: footLabel(step.foot) }), step.cue ?? "", caution].join(" "))
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * What to say (and whether to mark the last seconds) when the player goes from `before`
 * (null at the start) to `view`: plain text for the speech service, without bidi marks.
 */
export function guidance(before: Moment | null, view: PlayerView): { say: string[]; lastSeconds: boolean } {
  const quiet = { say: [], lastSeconds: false };
  if (view.finished) {
    return before && !before.finished ? { say: [plain(t("voice-finished"))], lastSeconds: false } : quiet;
  }
  const step = view.steps[view.current];
  if (!step) return quiet;
  if (!before || before.finished || before.current !== view.current) {
    const say: string[] = [];
    const previous = before && !before.finished ? view.steps[before.current] : undefined;
    if (previous && step.foot !== "both" && previous.foot !== step.foot) {
      say.push(plain(t("voice-switch-foot", { foot: step.foot })));
    }
    const again = view.steps.slice(0, view.current).some((s) => s.technique === step.technique);
    say.push(stepLine(step, !again));
    return { say, lastSeconds: false };
  }
  const length = step.seconds * 1000;
  const crossed = (mark: number) => before.remainingMs > mark && view.step_remaining_ms <= mark;
  if (step.seconds >= HALF_WAY_FROM_SECONDS && crossed(length / 2)) {
    return { say: [plain(t("voice-half-way"))], lastSeconds: false };
  }
  if (step.seconds >= LAST_SECONDS_FROM_SECONDS && crossed(LAST_SECONDS * 1000)) {
    return { say: [], lastSeconds: true };
  }
  return quiet;
}

/** Says guidance lines with the user's voice and speed. */
export class Speaker {
  constructor(
    private engine: SpeechEngine,
    private settings: Pick<Settings, "voice_name" | "voice_rate">,
  ) {}

  async say(lines: string[]): Promise<void> {
    for (const text of lines.map(plain)) {
      if (this.engine === "service") {
        await api.speak({ text, voice: this.settings.voice_name, rate: this.settings.voice_rate });
      } else if (this.engine === "page" && "speechSynthesis" in window) {
        const utterance = new SpeechSynthesisUtterance(text);
        // The system picks a voice for the language shown, unless the user chose one.
        if (lang() !== PSEUDO) utterance.lang = lang();
        // The service's -100..100 as the page's 0.5x..2x.
        utterance.rate = 2 ** (this.settings.voice_rate / 100);
        const voice = speechSynthesis.getVoices().find((v) => v.name === this.settings.voice_name);
        if (voice) utterance.voice = voice;
        speechSynthesis.speak(utterance);
      }
    }
  }

  async stop(): Promise<void> {
    if (this.engine === "service") await api.stopSpeaking();
    else if (this.engine === "page" && "speechSynthesis" in window) speechSynthesis.cancel();
  }
}
