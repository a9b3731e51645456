import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { TableHead } from "./table";

describe("TableHead", () => {
  it("gives every column a column-scoped heading, with its own classes added to the shared ones", () => {
    render(
      <table>
        <TableHead cell="py-1 font-medium" columns={["Series", { label: "Change", className: "text-right" }]} />
        <tbody>
          <tr>
            <td>WLD</td>
            <td>+4 %</td>
          </tr>
        </tbody>
      </table>,
    );
    const heads = screen.getAllByRole("columnheader");
    expect(heads.map((h) => [h.textContent, h.getAttribute("scope"), h.className])).toEqual([
      ["Series", "col", "py-1 font-medium"],
      ["Change", "col", "py-1 font-medium text-right"],
    ]);
  });
});
