package org.gatehouse.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * (a) A screen over HTTP on the running server, as browsers ask for it: each client signs in with its own
 * session, then asks for the page again and again; latencies of every request, and the failures.
 */
final class HttpLoad {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form id=\"signInForm\"[^>]*action=\"([^\"]+)\"");

    /** Latencies in ms of the measured requests, sorted, and how many failed. */
    record Result(double[] millis, int failures, String firstFailure) {
        double percentile(double p) {
            return millis.length == 0 ? Double.NaN : millis[Math.min(millis.length - 1, (int) Math.ceil(p / 100 * millis.length) - 1)];
        }
    }

    private HttpLoad() {
    }

    /** Signs in a client of the application at {@code application} (ending in /). */
    static HttpClient signIn(URI application, String email, String password) throws IOException, InterruptedException {
        // HTTP/1.1, as browsers speak to a server without TLS
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        String page = client.send(HttpRequest.newBuilder(application.resolve("login.xhtml")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = VIEW_STATE.matcher(page);
        Matcher action = FORM_ACTION.matcher(page);
        if (!state.find() || !action.find()) {
            throw new IllegalStateException("No sign-in form at " + application);
        }
        String form = "signInForm=signInForm&email=" + encode(email) + "&password=" + encode(password) + "&signIn=Sign+in"
                + "&jakarta.faces.ViewState=" + encode(state.group(1).replace("&#58;", ":"));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(application.resolve(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.body().contains("id=\"signInForm\"")) {
            throw new IllegalStateException("Sign-in of " + email + " at " + application + " failed");
        }
        return client;
    }

    /** The status the page answers the client with (after redirects). */
    static int status(HttpClient client, URI page) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * Every client asks for the page {@code requests} times after {@code warmup} times, all clients at once; for a
     * calendar ({@code calendar} not null) each time also the page's request for its period's entries, as a browser
     * sends it once the page is there, and the time is that of both. A request fails when it does not answer 200 or
     * its answer (the entries', for a calendar) lacks {@code marker}.
     */
    static Result run(List<HttpClient> clients, URI page, Map<String, String> calendar, String marker, int warmup, int requests)
            throws InterruptedException {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
        CountDownLatch done = new CountDownLatch(clients.size());
        for (HttpClient client : clients) {
            new Thread(() -> {
                try {
                    for (int i = -warmup; i < requests; i++) {
                        long start = System.nanoTime();
                        boolean ok;
                        try {
                            HttpResponse<String> response = client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
                            if (calendar != null && response.statusCode() == 200) {
                                response = client.send(calendarRequest(page, response.body(), calendar), HttpResponse.BodyHandlers.ofString());
                            }
                            ok = response.statusCode() == 200 && response.body().contains(marker);
                            if (!ok) {
                                firstFailure.compareAndSet(null, response.statusCode() + " " + response.uri() + ": "
                                        + response.body().substring(0, Math.min(300, response.body().length())));
                            }
                        } catch (IOException e) {
                            firstFailure.compareAndSet(null, e.toString());
                            ok = false;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        if (i >= 0) {
                            millis.add((System.nanoTime() - start) / 1e6);
                            if (!ok) {
                                failures.incrementAndGet();
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(sorted, failures.get(), firstFailure.get());
    }

    /** The calendar's ajax request for its entries, with the view state of the page that was just read. */
    private static HttpRequest calendarRequest(URI page, String body, Map<String, String> fields) {
        Matcher state = VIEW_STATE.matcher(body);
        String form = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&")) + "&jakarta.faces.ViewState=" + encode(state.find() ? state.group(1).replace("&#58;", ":") : "");
        return HttpRequest.newBuilder(page).header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
