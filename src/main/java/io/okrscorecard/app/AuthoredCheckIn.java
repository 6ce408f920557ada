package io.okrscorecard.app;

import io.okrscorecard.core.Person;
import io.okrscorecard.core.keyresult.CheckIn;

/** A check-in with its author as people read them: the stored user key resolved to the user's display name. */
public record AuthoredCheckIn(CheckIn checkIn, Person author) {}
