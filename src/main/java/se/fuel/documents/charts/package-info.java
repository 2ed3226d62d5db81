/**
 * Server-rendered SVG charts, one type per kind of figure: {@link se.fuel.documents.charts.ColumnChart} (a value per
 * category or year), {@link se.fuel.documents.charts.RowChart} (the same lying down, for long labels),
 * {@link se.fuel.documents.charts.LineChart} (series over months, broken where the series breaks) and
 * {@link se.fuel.documents.charts.RangeChart} (an expected and an actual value per row). Every chart is an image
 * named by a title and a description for screen readers, writes its values as text so nothing rests on colour, and
 * stands beside a table with the same figures on the page. Labels come in already in the reader's language.
 */
@NamedInterface("charts")
package se.fuel.documents.charts;

import org.springframework.modulith.NamedInterface;
