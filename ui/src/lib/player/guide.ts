// The player's voice: follows each player view and speaks the guidance it calls for, when
// voice guidance is on in the settings. It outlives the steps, so the closing words are
// still said on the check-out.
import type { PlayerView } from "../bindings";
import { api, errorMessage } from "../ipc";
import { t } from "../i18n/i18n.svelte";
import { loadSettings } from "../settings/settings.svelte";
import { lastSecondsNote } from "./chime";
import { guidance, moment, Speaker, type Moment } from "./voice";

export class VoiceGuide {
  private speaker: Speaker | null = null;
  private spoken: Moment | null = null;
  private latest: PlayerView | null = null;

  /**
   * `problem` shows why the voice stopped or could not start; `listening` says whether
   * the steps are on screen, so that a voice that starts late catches up with them.
   */
  constructor(
    private readonly problem: (text: string) => void,
    private readonly listening: () => boolean,
  ) {}

  /** Reads the voice settings as they are now and finds the speech service. */
  async start(): Promise<void> {
    try {
      const settings = await loadSettings();
      if (!settings.voice_guidance) return;
      const speech = await api.speechStatus();
      if (speech.engine === "none") {
        this.problem(
          speech.problem
            ? t("voice-unavailable-because", { problem: speech.problem })
            : t("voice-no-service"),
        );
        return;
      }
      this.speaker = new Speaker(speech.engine, settings);
      if (this.latest && this.listening()) this.follow(this.latest);
    } catch (e) {
      this.problem(t("voice-unavailable", { error: errorMessage(e) }));
    }
  }

  /** Says what the change from the last view calls for (nothing while paused). */
  follow(next: PlayerView): void {
    this.latest = next;
    if (!this.speaker || (next.paused && !next.finished)) return;
    const { say, lastSeconds } = guidance(this.spoken, next);
    const stepChanged = this.spoken === null || this.spoken.current !== next.current;
    this.spoken = moment(next);
    if (lastSeconds) lastSecondsNote();
    if (say.length === 0) return;
    const voice = this.speaker;
    // A new step cuts off what was still being said about the last one.
    (stepChanged ? voice.stop() : Promise.resolve())
      .then(() => voice.say(say))
      .catch((e) => {
        this.problem(t("voice-stopped", { error: errorMessage(e) }));
        this.speaker = null;
      });
  }

  /** Speaks the step again with the next view (after resuming or restarting it). */
  again(): void {
    this.spoken = null;
  }

  /** Stops what is being said. */
  hush(): void {
    this.speaker?.stop().catch(() => undefined);
  }
}
