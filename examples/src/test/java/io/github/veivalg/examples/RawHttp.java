package io.github.veivalg.examples;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client on one keep-alive socket, for the fuzzers: unlike a full client it
 * still reads the server's answer when the server refuses a large body before taking all of it
 * (413) and closes, and it reconnects only when the server closed the connection.
 */
public final class RawHttp implements Closeable {

    /** One answer: its status, its headers (names in lower case) and its body as UTF-8. */
    public record Response(int status, Map<String, String> headers, String body) {
    }

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;

    public RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Posts a body and reads the answer; throws only when no answer came at all. */
    public Response post(String path, String contentType, byte[] body) throws IOException {
        boolean fresh = socket == null;
        if (socket == null) {
            connect();
        }
        try {
            return exchange(path, contentType, body);
        } catch (IOException e) {
            close();
            if (fresh) {
                throw e;
            }
            // The server had closed the idle keep-alive connection: once more on a new one.
            connect();
            return exchange(path, contentType, body);
        }
    }

    private void connect() throws IOException {
        socket = new Socket(host, port);
        socket.setSoTimeout(120_000);
        socket.setTcpNoDelay(true);
        in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    }

    private Response exchange(String path, String contentType, byte[] body) throws IOException {
        OutputStream out = socket.getOutputStream();
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        boolean sent = true;
        try {
            for (int at = 0; at < body.length; at += 1 << 16) {
                out.write(body, at, Math.min(1 << 16, body.length - at));
            }
            out.flush();
        } catch (IOException e) {
            // Refused before it was all sent: the answer is waiting to be read.
            sent = false;
        }
        String status = line();
        if (status == null) {
            throw new IOException("the server closed the connection without an answer");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h; (h = line()) != null && !h.isEmpty(); ) {
            int colon = h.indexOf(':');
            headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] bytes = in.readNBytes(length);
        if (bytes.length < length) {
            throw new IOException("the answer ended after " + bytes.length + " of " + length + " bytes");
        }
        if (!sent || "close".equalsIgnoreCase(headers.get("connection"))) {
            close();
        }
        return new Response(Integer.parseInt(status.split(" ")[1]), headers, new String(bytes, StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c; (c = in.read()) >= 0; ) {
            if (c == '\n') {
                String s = line.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            line.write(c);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing only.
            }
        }
        socket = null;
        in = null;
    }
}
