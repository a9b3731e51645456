import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The policy vite.config.ts writes into index.html's meta tag, read from its source (importing the config pulls in
 * the build's plugins, which expect Node's file URLs).
 */
function metaPolicy(): string {
  const source = readFileSync(resolve(__dirname, "../vite.config.ts"), "utf8");
  const list = /export const CONTENT_SECURITY_POLICY = \[([\s\S]*?)\]\.join\("; "\);/.exec(source)?.[1];
  if (!list) throw new Error("vite.config.ts no longer defines CONTENT_SECURITY_POLICY as a list joined with '; '");
  return [...list.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join("; ");
}

/** public/_headers in the format Netlify and Cloudflare Pages read: a path line, then indented `Name: value` lines. */
function headersFor(path: string): Map<string, string> {
  const text = readFileSync(resolve(__dirname, "../public/_headers"), "utf8");
  const headers = new Map<string, string>();
  let current: string | null = null;
  for (const line of text.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    if (!/^\s/.test(line)) current = line.trim();
    else if (current === path) {
      const at = line.indexOf(":");
      headers.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
    }
  }
  return headers;
}

describe("the static host's headers file", () => {
  it("forbids framing and sends the same CSP as the page's meta tag, plus frame-ancestors", () => {
    const headers = headersFor("/*");
    expect(headers.get("Content-Security-Policy")).toBe(`${metaPolicy()}; frame-ancestors 'none'`);
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
  });
});
