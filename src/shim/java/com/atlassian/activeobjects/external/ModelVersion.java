// Shim of com.atlassian.activeobjects.external.ModelVersion; source:
// https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ModelVersion.html (final class, Comparable<ModelVersion>, private constructor, only valueOf(String))
package com.atlassian.activeobjects.external;

public final class ModelVersion implements Comparable<ModelVersion> {

    private ModelVersion(int version) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    @Override
    public int compareTo(ModelVersion mv) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public boolean isOlderThan(ModelVersion mv) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public boolean isNewerThan(ModelVersion mv) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public boolean isSame(ModelVersion mv) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static ModelVersion valueOf(String s) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
