import { useId, useState } from "react";
import { REFRESH_CHOICES, updateSettings, useSettings } from "@/state/settings";
import { Button } from "@/ui/button";
import { Select } from "@/ui/select";

const REFRESH_LABEL: Record<(typeof REFRESH_CHOICES)[number], string> = {
  0: "Off",
  60000: "Every minute",
  300000: "Every 5 minutes",
  900000: "Every 15 minutes",
};

/** Per-device settings for live data: a CoinGecko demo key (kept on this device only) and the refresh interval. */
export function SettingsMenu() {
  const settings = useSettings();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState(settings.coingeckoKey);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  return (
    <div className="relative">
      <Button aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        Settings
      </Button>
      {open ? (
        <div
          id={id}
          className="absolute right-0 top-full z-30 mt-2 w-80 space-y-3 rounded-lg border border-line bg-surface p-3 text-xs text-ink-2 shadow-lg"
        >
          <form
            onSubmit={(e) => {
              e.preventDefault();
              setError(updateSettings({ coingeckoKey: key }));
            }}
            className="space-y-1"
          >
            <label htmlFor={`${id}-key`} className="block font-semibold text-ink">
              CoinGecko demo API key (optional)
            </label>
            <div className="flex gap-2">
              <input
                id={`${id}-key`}
                type="password"
                autoComplete="off"
                value={key}
                onChange={(e) => setKey(e.target.value)}
                className="min-w-0 flex-1 rounded border border-line bg-surface px-1.5 py-0.5 text-ink"
              />
              <button type="submit" className="rounded-md bg-accent px-2 py-0.5 font-semibold text-accent-ink">
                Save
              </button>
            </div>
            <p>Stored on this device only and never put in a link. Without a key the public limit applies.</p>
            {error ? (
              <p role="alert" className="text-bad">
                {error}
              </p>
            ) : null}
          </form>
          <Select
            label={<span className="font-semibold text-ink">Refresh live data</span>}
            labelClassName="flex items-center justify-between gap-2"
            value={settings.refreshMs}
            options={REFRESH_CHOICES}
            labels={REFRESH_LABEL}
            onChange={(refreshMs) => updateSettings({ refreshMs })}
          />
        </div>
      ) : null}
    </div>
  );
}
