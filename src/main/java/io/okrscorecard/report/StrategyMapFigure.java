package io.okrscorecard.report;

import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.scoring.ObjectiveScore;
import io.okrscorecard.core.strategymap.CauseEdge;
import io.okrscorecard.core.strategymap.Lane;
import io.okrscorecard.core.strategymap.StrategyMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The strategy map as a figure of the report, laid out here in CSS pixels: one band per lane (perspective, then the
 * Unassigned lane), its objectives as boxes in rows, coloured by status, and an arrow from each cause to its effect.
 * The boxes are HTML (their keys and percentages are text of the PDF, found by search and copy); the bands and arrows
 * are drawn as vector paths by {@link StrategyMapDrawing} on an {@code object} element under the boxes. The rows get
 * narrower boxes until the figure fits one page, so a 200-objective map is one page.
 */
final class StrategyMapFigure {
    /** The {@code type} of the object element {@link StrategyMapDrawing} draws. */
    static final String OBJECT_TYPE = "application/x-okr-strategy-map";

    /** The content width of an A4 page with the report's 15 mm side margins, in CSS pixels (96 per inch). */
    static final double WIDTH = 680;
    /** The height the figure may take below its heading on a page with the report's margins. */
    private static final double MAX_HEIGHT = 900;

    private static final double PAD = 6;
    private static final double LABEL = 16;
    private static final double GAP_X = 8;
    private static final double GAP_Y = 6;
    private static final double BOX_HEIGHT = 26;
    private static final int FEWEST_PER_ROW = 8;
    private static final int MOST_PER_ROW = 16;

    private StrategyMapFigure() {}

    /** The figure into {@code parent}, or nothing when the map has no objectives; whether it drew one. */
    static boolean append(
            HtmlTree html,
            Element parent,
            StrategyMap map,
            Map<IssueKey, ObjectiveScore> scores,
            ReportTexts texts,
            String unassignedName) {
        List<Lane> lanes = map.lanes().stream()
                .filter(lane -> !lane.objectives().isEmpty())
                .toList();
        if (lanes.isEmpty()) {
            return false;
        }
        Layout layout = Layout.of(lanes);
        Element figure = html.add(parent, "div", "map");
        figure.setAttribute("style", "width:" + px(WIDTH) + ";height:" + px(layout.height));

        Element drawing = html.add(figure, "object", "map-drawing");
        drawing.setAttribute("type", OBJECT_TYPE);
        drawing.setAttribute(
                "style", "position:absolute;left:0;top:0;width:" + px(WIDTH) + ";height:" + px(layout.height));
        drawing.setAttribute(StrategyMapDrawing.LANES, layout.bands(lanes));
        drawing.setAttribute(StrategyMapDrawing.EDGES, layout.arrows(map.causeEdges()));

        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            Element label = html.add(
                    figure,
                    "div",
                    "map-lane",
                    lane.isUnassigned() ? unassignedName : lane.perspective().name());
            label.setAttribute("style", position(PAD, layout.laneTops.get(i) + 2, WIDTH - 2 * PAD, LABEL - 2));
        }
        layout.boxes.forEach((key, box) -> {
            ObjectiveScore score = scores.get(key);
            String status = score == null ? "NONE" : score.status().name();
            Element node = html.add(figure, "div", "map-node status-" + status.toLowerCase(Locale.ROOT));
            node.setAttribute("style", position(box.x, box.y, layout.boxWidth, BOX_HEIGHT));
            html.add(node, "div", "map-key", key.value());
            html.add(
                    node,
                    "div",
                    "map-percent",
                    score == null ? ReportTexts.UNDEFINED : texts.percent(score.progress()));
        });
        return true;
    }

    private static String position(double x, double y, double width, double height) {
        return "position:absolute;left:" + px(x) + ";top:" + px(y) + ";width:" + px(width) + ";height:" + px(height);
    }

    private static String px(double value) {
        return String.format(Locale.ROOT, "%.1fpx", value);
    }

    private record Box(double x, double y) {}

    /** Where each lane and box is, for a number of boxes per row. */
    private static final class Layout {
        final double boxWidth;
        final List<Double> laneTops = new ArrayList<>();
        final List<Double> laneHeights = new ArrayList<>();
        final Map<IssueKey, Box> boxes = new LinkedHashMap<>();
        double height;

        private Layout(List<Lane> lanes, int perRow) {
            double inner = WIDTH - 2 * PAD;
            boxWidth = (inner - (perRow - 1) * GAP_X) / perRow;
            double top = 0;
            for (Lane lane : lanes) {
                int rows = (lane.objectives().size() + perRow - 1) / perRow;
                double laneHeight = LABEL + rows * (BOX_HEIGHT + GAP_Y) + PAD;
                laneTops.add(top);
                laneHeights.add(laneHeight);
                for (int i = 0; i < lane.objectives().size(); i++) {
                    boxes.put(
                            lane.objectives().get(i),
                            new Box(
                                    PAD + (i % perRow) * (boxWidth + GAP_X),
                                    top + LABEL + (i / perRow) * (BOX_HEIGHT + GAP_Y)));
                }
                top += laneHeight + GAP_Y;
            }
            height = top - GAP_Y;
        }

        /** The layout with the widest boxes that fits one page, else the narrowest. */
        static Layout of(List<Lane> lanes) {
            Layout layout = new Layout(lanes, FEWEST_PER_ROW);
            for (int perRow = FEWEST_PER_ROW + 1; layout.height > MAX_HEIGHT && perRow <= MOST_PER_ROW; perRow++) {
                layout = new Layout(lanes, perRow);
            }
            return layout;
        }

        /** The lane bands for the drawing: "top height colour" per lane, separated by ";". */
        String bands(List<Lane> lanes) {
            StringBuilder bands = new StringBuilder();
            for (int i = 0; i < lanes.size(); i++) {
                Lane lane = lanes.get(i);
                String colour = lane.isUnassigned()
                        ? StrategyMapDrawing.NEUTRAL
                        : lane.perspective().colour();
                bands.append(i == 0 ? "" : ";")
                        .append(String.format(
                                Locale.ROOT, "%.1f %.1f %s", laneTops.get(i), laneHeights.get(i), colour));
            }
            return bands.toString();
        }

        /**
         * The arrows for the drawing, "x1 y1 x2 y2" per cause edge between two drawn boxes, separated by ";": from the
         * cause's edge facing the effect to the effect's (vertical between lanes, horizontal within a row).
         */
        String arrows(List<CauseEdge> edges) {
            StringBuilder arrows = new StringBuilder();
            for (CauseEdge edge : edges) {
                Box cause = boxes.get(edge.cause());
                Box effect = boxes.get(edge.effect());
                if (cause == null || effect == null) {
                    continue;
                }
                double[] line = connect(cause, effect);
                arrows.append(arrows.isEmpty() ? "" : ";")
                        .append(String.format(Locale.ROOT, "%.1f %.1f %.1f %.1f", line[0], line[1], line[2], line[3]));
            }
            return arrows.toString();
        }

        private double[] connect(Box from, Box to) {
            double fromX = from.x + boxWidth / 2;
            double toX = to.x + boxWidth / 2;
            if (Math.abs(from.y - to.y) < BOX_HEIGHT) {
                boolean right = to.x > from.x;
                double y = from.y + BOX_HEIGHT / 2;
                return new double[] {
                    right ? from.x + boxWidth : from.x, y, right ? to.x : to.x + boxWidth, to.y + BOX_HEIGHT / 2
                };
            }
            boolean up = to.y < from.y;
            return new double[] {fromX, up ? from.y : from.y + BOX_HEIGHT, toX, up ? to.y + BOX_HEIGHT : to.y};
        }
    }
}
