// Shim of com.atlassian.templaterenderer.RenderingException; source: mrdon/ATR
// api/src/main/java/com/atlassian/templaterenderer/RenderingException.java (extends RuntimeException)
package com.atlassian.templaterenderer;

@SuppressWarnings("serial")
public class RenderingException extends RuntimeException {

    public RenderingException(String message, Throwable cause) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public RenderingException(String message) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public RenderingException(Throwable cause) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
