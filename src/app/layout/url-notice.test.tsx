import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { sampleEventsQueries } from "@/sources/sample-events";
import { renderWithClient } from "@/test/render";
import { UrlNotice } from "./url-notice";

describe("UrlNotice", () => {
  it("says when event= names no event, once the events are known", async () => {
    renderWithClient(<UrlNotice search="?event=no-such-event" />);
    const notice = await screen.findByRole("status");
    expect(notice).toHaveTextContent("One part of this link was ignored or changed; the rest of the view applies.");
    expect(notice).toHaveTextContent("event = no-such-event: no event or note has this id, so no event is selected");
  });

  it("stays quiet for an event that exists", async () => {
    const { client } = renderWithClient(<UrlNotice search="?event=openai-sora-preview" />);
    await waitFor(() => expect(client.getQueryState(sampleEventsQueries.list().queryKey)?.status).toBe("success"));
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });

  it("says a swapped range was swapped", () => {
    renderWithClient(<UrlNotice search="?range=custom&from=2024-03-01&to=2024-01-01" />);
    expect(screen.getByRole("status")).toHaveTextContent("the two were swapped, so the range runs 2024-01-01 to 2024-03-01");
  });
});
