package io.okrscorecard.app;

import io.okrscorecard.core.port.AccessControl;
import io.okrscorecard.core.port.AccessControl.Viewer;

/** The logged-in viewer every read of OKR data needs. */
final class Viewers {
    private Viewers() {}

    static Viewer require(AccessControl access) {
        return access.currentViewer().orElseThrow(() -> new AccessDeniedException("log in to see OKRs", true));
    }
}
