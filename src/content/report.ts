/**
 * Bibliographic facts about the report (DIGEST §1).
 *
 * Date doubt: the Chinese translation is usually dated April 2024 because the
 * repost carries the timestamp 2024-04-28 06:01:41 (seed L3). The English
 * original most likely came out in early March 2024: coverage dated 2024-03-11
 * calls it "published by Coinbase last week", and the text's own clock fits
 * (ChatGPT "less than 1.5 years" old, Sora on 2024-02-15 and OpenAI's Feb 16
 * valuation recent, a WLD "valuation" of $80B matching WLD at about $8 in late
 * Feb to early Mar 2024). `reportAsOf` is therefore an approximation
 * (2024-03-01..08, unconfirmed) and should be treated as a parameter, with the
 * repost date as an alternative test point.
 *
 * URL: neither the seed (its "原文链接" at L153 carries no address) nor the
 * digest gives the original's address, so this points at Coinbase's research
 * landing page.
 */
export const report = {
  title: "Crypto's AI Mirage",
  author: "David Han",
  publisher: "Coinbase Institutional",
  publishedApprox: "early March 2024",
  reportAsOf: "2024-03-01",
  reportWindow: { from: "2023-10-01", to: "2024-03-08" },
  translation: {
    by: "DAOsquare",
    repostedAt: "2024-04-28",
    repostUrl: "https://kubaobao.cn/39315.html",
  },
  url: "https://www.coinbase.com/institutional/research-insights/research",
} as const;
