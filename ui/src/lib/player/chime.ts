// Soft sounds made with Web Audio (no sound files): a two-note chime for step changes,
// and one low note where voice guidance marks a step's last seconds.
import type { PlayerView } from "../bindings";
import { settings } from "../settings/settings.svelte";

let context: AudioContext | null = null;

/** Plays sine notes, each `[frequency, delay in seconds]`, at `peak` loudness. */
function notes(sequence: [number, number][], peak: number, length: number): void {
  try {
    context ??= new AudioContext();
    const now = context.currentTime;
    for (const [frequency, delay] of sequence) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = "sine";
      oscillator.frequency.value = frequency;
      const start = now + delay;
      gain.gain.setValueAtTime(0, start);
      gain.gain.linearRampToValueAtTime(peak, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.001, start + length);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start);
      oscillator.stop(start + length + 0.05);
    }
  } catch {
    // No audio device: the step change is still shown and announced.
  }
}

export function chime(): void {
  notes([[660, 0], [880, 0.18]], 0.18, 0.6);
}

/** The last seconds of a step are starting (with voice guidance on). */
export function lastSecondsNote(): void {
  notes([[523, 0]], 0.08, 0.5);
}

/**
 * Whether the player's step changed since the view that had seen `lastChanges` changes
 * (-1: none seen yet) and the chime is on in the settings as they are now.
 */
export function stepChimes(lastChanges: number, next: PlayerView): boolean {
  return lastChanges >= 0 && next.step_changes > lastChanges && (settings.current?.chime ?? true);
}
