/*
 * Copyright 2026 The cape-rules authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.caperules.report.internal;

/**
 * The inline stylesheet of every page: plain system fonts, tables with right-aligned amounts,
 * figure cards, the chart's colours, and a print stylesheet that fits one importer on an A4 or
 * Letter page where its entry table allows (smaller type, no navigation, charts and tables kept
 * whole, table headers repeated on each page). No web font, image or other file is fetched.
 */
public final class PageStyle {

  /** The stylesheet, placed in a {@code style} element of the page head. */
  public static final String CSS = """
      :root{--ink:#1d2433;--muted:#5b6475;--line:#d5d9e0;--accent:#1f5fa8;--risk:#c0392b;\
      --risk-bg:#fbe3e0;--ok:#1e7b45;--card:#f4f6f9}
      *{box-sizing:border-box}
      body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,\
      sans-serif;color:var(--ink);font-size:15px;line-height:1.4;background:#fff}
      main{max-width:1100px;margin:0 auto;padding:24px 28px 40px}
      h1{font-size:26px;margin:4px 0 2px}
      h2{font-size:19px;margin:28px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--line)}
      h3{font-size:16px;margin:18px 0 6px}
      p{margin:6px 0}
      .muted,.note{color:var(--muted)}
      .crumbs{font-size:13px;margin:0 0 4px}
      a{color:var(--accent)}
      td.importer{white-space:nowrap}
      .importer strong{font-size:18px}
      .cards{display:flex;flex-wrap:wrap;gap:12px;margin:14px 0}
      .card{flex:1 1 180px;background:var(--card);border-radius:8px;padding:10px 14px;\
      border-left:5px solid var(--accent)}
      .card.risk{border-left-color:var(--risk);background:var(--risk-bg)}
      .card .label{display:block;font-size:12px;text-transform:uppercase;letter-spacing:.04em;\
      color:var(--muted)}
      .card .value{display:block;font-size:22px;font-weight:650}
      .card .note{display:block;font-size:12px}
      table{border-collapse:collapse;width:100%;margin:6px 0 10px;font-size:14px}
      th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left;\
      vertical-align:top}
      th{background:var(--card);font-weight:600}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      tr.total td{font-weight:650;border-top:2px solid var(--ink)}
      tr.at-risk td{background:var(--risk-bg)}
      .status-ready{color:var(--ok);font-weight:650}
      .status-not-ready{color:var(--risk);font-weight:650}
      svg.chart{width:100%;height:auto;max-width:760px;display:block;margin:6px 0}
      svg.chart .bar{fill:var(--accent)}
      svg.chart .band{fill:var(--risk-bg)}
      svg.chart .axis{stroke:var(--ink);stroke-width:1}
      svg.chart .today{stroke:var(--risk);stroke-width:2;stroke-dasharray:4 3}
      svg.chart text{font-size:11px;fill:var(--ink)}
      svg.chart .y-label{text-anchor:end}
      svg.chart .x-label,svg.chart .bar-label{text-anchor:middle}
      svg.chart .today-label,svg.chart .band-label{fill:var(--risk);font-weight:600}
      svg.chart .x-caption{fill:var(--muted)}
      footer{margin-top:28px;font-size:12px;color:var(--muted)}
      @page{margin:12mm}
      @media print{
      body{font-size:10pt}
      main{max-width:none;padding:0}
      .crumbs{display:none}
      h1{font-size:17pt}
      h2{font-size:12pt;margin:12pt 0 4pt}
      table{font-size:8.5pt}
      th,td{padding:1.5pt 4pt}
      .card{padding:4pt 8pt}
      .card .value{font-size:13pt}
      h2,h3{break-after:avoid}
      svg.chart,.cards,table{break-inside:avoid}
      section.entries table{break-inside:auto}
      thead{display:table-header-group}
      tr{break-inside:avoid}
      svg.chart{max-width:11cm}
      .source,.meaning{display:none}
      .card{flex:1 1 0}
      .cards{gap:6pt;margin:6pt 0}
      section.entries table{font-size:7.5pt}
      footer{margin-top:8pt}
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      }
      """;

  private PageStyle() {}
}
