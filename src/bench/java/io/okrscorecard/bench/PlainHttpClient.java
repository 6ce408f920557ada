package io.okrscorecard.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A benchmark's HTTP/1.1 client: GETs over one kept-alive plain socket, reading each whole answer (fixed length or
 * chunked) into a reused buffer and counting its bytes. Clients of a benchmark stand in for browsers on other machines,
 * but here they share the server's two cores; the JDK's {@code HttpClient} spent more CPU receiving a 350 KB answer
 * (its asynchronous pipeline copies the body through many small buffers) than the server spent answering it. This one
 * spends about what reading the socket costs. Not a general client: no redirects, no TLS, no compression.
 */
final class PlainHttpClient implements AutoCloseable {

    /** Status and body size of one answer. */
    record Answer(int status, long bytes) {}

    private static final int CHUNK_LINE_LIMIT = 64;

    private final InetSocketAddress address;
    private final byte[] request;
    private final byte[] sink = new byte[64 * 1024];
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    PlainHttpClient(URI uri) {
        this.address = new InetSocketAddress(uri.getHost(), uri.getPort());
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        this.request = ("GET " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                        + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    Answer get() throws IOException {
        return send(request);
    }

    /** A GET of another path and query on the same server and connection. */
    Answer get(String target) throws IOException {
        return send(("GET " + target + " HTTP/1.1\r\nHost: " + address.getHostString() + ":" + address.getPort()
                        + "\r\nAccept: application/json\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    }

    private Answer send(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(address, 5_000);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }
        try {
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(
                            lower.substring("content-length:".length()).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            long bytes = chunked ? chunkedBody() : skip(Math.max(length, 0));
            if (close) {
                close();
            }
            return new Answer(status, bytes);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private long chunkedBody() throws IOException {
        long total = 0;
        while (true) {
            String sizeLine = line();
            int extension = sizeLine.indexOf(';');
            long size = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
            if (size == 0) {
                String trailer;
                do {
                    trailer = line();
                } while (!trailer.isEmpty());
                return total;
            }
            total += skip(size);
            line();
        }
    }

    private long skip(long count) throws IOException {
        long left = count;
        while (left > 0) {
            int read = in.read(sink, 0, (int) Math.min(sink.length, left));
            if (read < 0) {
                throw new EOFException("answer ended " + left + " bytes early");
            }
            left -= read;
        }
        return count;
    }

    /** One CRLF-terminated line of ASCII, without its end. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(CHUNK_LINE_LIMIT);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed mid-answer");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a socket the server may already have closed: nothing to do
            }
            socket = null;
        }
    }
}
