package paperkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import paperkg.PaperkgException;

/**
 * The scaling picture of {@code bench --scaling}: papers against import seconds (left) and peak RSS
 * (right).
 */
public final class ScalingChart {
  private ScalingChart() {}

  /** Writes {@code <base>.png} and {@code <base>.svg}; returns the PNG's path. */
  public static Path write(List<BenchResult> runs, String title, Path base) {
    double[] papers = runs.stream().mapToDouble(BenchResult::papers).toArray();
    XYChart chart =
        new XYChartBuilder().width(800).height(480).title(title).xAxisTitle("papers").build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    chart.setYAxisGroupTitle(0, "seconds");
    chart.setYAxisGroupTitle(1, "MB");
    add(
        chart,
        "import seconds",
        papers,
        runs.stream().mapToDouble(BenchResult::importSeconds).toArray(),
        0);
    add(
        chart,
        "peak RSS (MB)",
        papers,
        runs.stream().mapToDouble(BenchResult::peakRssMb).toArray(),
        1);
    chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    // From zero, so a flat memory line looks flat and not like a slope over a few megabytes.
    chart.getStyler().setYAxisMin(0, 0.0);
    chart.getStyler().setYAxisMin(1, 0.0);
    try {
      Files.createDirectories(base.toAbsolutePath().getParent());
      BitmapEncoder.saveBitmap(chart, base.toString(), BitmapEncoder.BitmapFormat.PNG);
      VectorGraphicsEncoder.saveVectorGraphic(
          chart, base.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    } catch (IOException e) {
      throw PaperkgException.usage("cannot write the chart " + base + ": " + e.getMessage());
    }
    return Path.of(base + ".png");
  }

  private static void add(XYChart chart, String name, double[] x, double[] y, int axis) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(SeriesMarkers.CIRCLE);
    s.setYAxisGroup(axis);
  }
}
