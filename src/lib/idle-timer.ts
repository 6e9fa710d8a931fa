/**
 * Idle detection for the shared-tablet reset and the intervenor lock. After `idleMs`
 * without activity, a countdown of `countdownMs` runs (shown to the person, who can
 * cancel it with any touch or key), then `onExpire` fires once. The timer then rests
 * until the next activity, so an untouched tablet does not count down again and again.
 *
 * Deadlines are computed from `Date.now()`, not by counting ticks: browsers throttle
 * timers in background tabs, and a late tick must still expire on time.
 */
import { useEffect, useRef, useState } from 'react';

export interface IdleTimerOptions {
  idleMs: number;
  /** 0 = expire right after `idleMs` with no countdown. */
  countdownMs: number;
  /** Whole seconds left, at the start of the countdown and then every second. */
  onCountdown?: (secondsLeft: number) => void;
  /** Activity cancelled a running countdown. */
  onCancel?: () => void;
  onExpire: () => void;
}

export interface IdleTimer {
  /** Someone touched or typed: cancel any countdown and start waiting again. */
  activity(): void;
  stop(): void;
  isCountingDown(): boolean;
}

const TICK_MS = 1000;

export function createIdleTimer(options: IdleTimerOptions): IdleTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let deadline: number | null = null;

  function clear(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function expire(): void {
    clear();
    deadline = null;
    options.onExpire();
  }

  function tick(): void {
    if (deadline === null) return;
    const left = deadline - Date.now();
    if (left <= 0) {
      expire();
      return;
    }
    options.onCountdown?.(Math.ceil(left / TICK_MS));
    // Next tick when the displayed whole second changes.
    timer = setTimeout(tick, left % TICK_MS || TICK_MS);
  }

  function startCountdown(): void {
    if (options.countdownMs <= 0) {
      expire();
      return;
    }
    deadline = Date.now() + options.countdownMs;
    tick();
  }

  function wait(): void {
    clear();
    timer = setTimeout(startCountdown, options.idleMs);
  }

  wait();
  return {
    activity() {
      if (deadline !== null) {
        deadline = null;
        options.onCancel?.();
      }
      wait();
    },
    stop() {
      clear();
      deadline = null;
    },
    isCountingDown: () => deadline !== null,
  };
}

/** The events that count as someone using the device. Not pointermove: it fires by itself on some screens. */
export const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Calls `onActivity` on any touch, click, key or wheel anywhere in the page. */
export function watchActivity(onActivity: () => void, target: EventTarget = window): () => void {
  const options = { capture: true, passive: true };
  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, onActivity, options);
  return () => {
    for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, onActivity, options);
  };
}

export interface IdleCountdown {
  /** Seconds before expiry while the countdown runs; null otherwise. */
  secondsLeft: number | null;
  /** "I am still here": cancels the countdown (any activity does too). */
  stay: () => void;
}

/** React binding of `createIdleTimer` + `watchActivity`; inactive while `enabled` is false. */
export function useIdleTimer({
  enabled,
  idleMs,
  countdownMs,
  onExpire,
}: {
  enabled: boolean;
  idleMs: number;
  countdownMs: number;
  onExpire: () => void;
}): IdleCountdown {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const timerRef = useRef<IdleTimer | null>(null);
  const onExpireRef = useRef(onExpire);

  useEffect(() => {
    onExpireRef.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    if (!enabled) return undefined;
    const timer = createIdleTimer({
      idleMs,
      countdownMs,
      onCountdown: setSecondsLeft,
      onCancel: () => setSecondsLeft(null),
      onExpire: () => {
        setSecondsLeft(null);
        onExpireRef.current();
      },
    });
    timerRef.current = timer;
    const unwatch = watchActivity(() => timer.activity());
    return () => {
      unwatch();
      timer.stop();
      timerRef.current = null;
      setSecondsLeft(null);
    };
  }, [enabled, idleMs, countdownMs]);

  return {
    secondsLeft,
    stay: () => timerRef.current?.activity(),
  };
}
