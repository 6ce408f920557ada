package io.okrscorecard.report;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Draws the strategy map's lane bands and cause arrows that {@link StrategyMapFigure} laid out, as vector paths: the
 * Graphics2D openhtmltopdf hands an object drawer writes PDF path operators (pdfbox-graphics2d), no raster. The
 * figure's coordinates are CSS pixels, which are the units of that Graphics2D.
 */
final class StrategyMapDrawing implements FSObjectDrawer {
    /** The attribute with the lane bands: "top height #rrggbb" per lane, separated by ";". */
    static final String LANES = "data-lanes";
    /** The attribute with the arrows: "x1 y1 x2 y2" per arrow, separated by ";". */
    static final String EDGES = "data-edges";
    /** The colour of the Unassigned lane. */
    static final String NEUTRAL = "#6b778c";

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Color ARROW = new Color(0x42, 0x52, 0x6e);
    private static final double HEAD = 5;

    @Override
    public Map<Shape, String> drawObject(
            Element element,
            double x,
            double y,
            double width,
            double height,
            OutputDevice outputDevice,
            RenderingContext context,
            int dotsPerPixel) {
        double cssWidth = width / dotsPerPixel;
        double cssHeight = height / dotsPerPixel;
        outputDevice.drawWithGraphics((float) x, (float) y, (float) cssWidth, (float) cssHeight, graphics -> {
            drawLanes(graphics, element.getAttribute(LANES), cssWidth);
            drawArrows(graphics, element.getAttribute(EDGES));
        });
        return null;
    }

    private static void drawLanes(Graphics2D graphics, String lanes, double width) {
        for (String lane : parts(lanes)) {
            String[] fields = lane.split(" ");
            Color colour = COLOUR.matcher(fields[2]).matches() ? Color.decode(fields[2]) : Color.decode(NEUTRAL);
            Shape band = new RoundRectangle2D.Double(
                    0, Double.parseDouble(fields[0]), width, Double.parseDouble(fields[1]), 8, 8);
            graphics.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 28));
            graphics.fill(band);
            graphics.setColor(colour);
            graphics.setStroke(new BasicStroke(0.8f));
            graphics.draw(band);
        }
    }

    private static void drawArrows(Graphics2D graphics, String edges) {
        graphics.setColor(ARROW);
        graphics.setStroke(new BasicStroke(0.9f));
        for (String edge : parts(edges)) {
            String[] fields = edge.split(" ");
            double x1 = Double.parseDouble(fields[0]);
            double y1 = Double.parseDouble(fields[1]);
            double x2 = Double.parseDouble(fields[2]);
            double y2 = Double.parseDouble(fields[3]);
            graphics.draw(new Line2D.Double(x1, y1, x2, y2));
            double angle = Math.atan2(y2 - y1, x2 - x1);
            Path2D head = new Path2D.Double();
            head.moveTo(x2, y2);
            head.lineTo(x2 - HEAD * Math.cos(angle - Math.PI / 7), y2 - HEAD * Math.sin(angle - Math.PI / 7));
            head.lineTo(x2 - HEAD * Math.cos(angle + Math.PI / 7), y2 - HEAD * Math.sin(angle + Math.PI / 7));
            head.closePath();
            graphics.fill(head);
        }
    }

    private static String[] parts(String list) {
        return list == null || list.isEmpty() ? new String[0] : list.split(";");
    }
}
