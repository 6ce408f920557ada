package io.okrscorecard.core.review;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.review.GradeScale.Colour;
import org.junit.Test;

/** The Google-style scale by default (0.0–0.3 red, 0.4–0.6 amber, 0.7–1.0 green), and the admin's boundaries. */
public class GradeScaleTest {

    @Test
    public void theDefaultScaleIsGoogleStyle() {
        GradeScale scale = GradeScale.DEFAULT;

        assertEquals(Colour.RED, scale.colour(0.0));
        assertEquals(Colour.RED, scale.colour(0.3));
        assertEquals(Colour.RED, scale.colour(0.39));
        assertEquals(Colour.AMBER, scale.colour(0.4));
        assertEquals(Colour.AMBER, scale.colour(0.6));
        assertEquals(Colour.AMBER, scale.colour(0.69));
        assertEquals(Colour.GREEN, scale.colour(0.7));
        assertEquals(Colour.GREEN, scale.colour(1.0));
    }

    @Test
    public void theAdminsBoundariesColourTheGrades() {
        GradeScale strict = new GradeScale(0.5, 0.9);

        assertEquals(Colour.RED, strict.colour(0.45));
        assertEquals(Colour.AMBER, strict.colour(0.7));
        assertEquals(Colour.GREEN, strict.colour(0.9));
    }

    @Test
    public void boundariesMustRiseInsideZeroToOneEachNamingItsField() {
        assertEquals("amberFrom", field(0.0, 0.7));
        assertEquals("amberFrom", field(1.0, 1.0));
        assertEquals("amberFrom", field(Double.NaN, 0.7));
        assertEquals("greenFrom", field(0.4, 0.4));
        assertEquals("greenFrom", field(0.7, 0.4));
        assertEquals("greenFrom", field(0.4, 1.01));
        assertEquals(1.0, new GradeScale(0.5, 1.0).greenFrom(), 0.0);
    }

    private static String field(double amberFrom, double greenFrom) {
        return assertThrows(ValidationException.class, () -> new GradeScale(amberFrom, greenFrom))
                .field();
    }
}
