package org.gatehouse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser session against one application, over plain HTTP: signs in through the real
 * sign-in page (JSF form, view state and all) and fetches pages with the session cookie.
 */
public final class PageClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CASE_TITLE = Pattern.compile("class=\"case-title\"[^>]*>\\s*<a [^>]*>([^<]*)</a>");

    private final URI application;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String lastPage = "";
    private HttpRequest lastRequest;

    /** @param application the application's root, e.g. {@code http://localhost:8080/portal/} */
    public PageClient(URI application) {
        this.application = application;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Fills in and submits the sign-in page; true when the application signed the user in. */
    public boolean signIn(String email, String password) {
        get("login.xhtml");
        HttpResponse<String> answer = submit("login.xhtml", "signInForm", "signIn", Map.of("email", email, "password", password));
        return answer.statusCode() == 302 && !answer.headers().firstValue("Location").orElse("").contains("login.xhtml");
    }

    /**
     * Submits a form of the last page fetched, as a browser would after a click on {@code button}.
     *
     * @param fields the inputs by name (the forms use {@code prependId="false"})
     */
    public HttpResponse<String> submit(String path, String form, String button, Map<String, String> fields) {
        Matcher viewState = VIEW_STATE.matcher(lastPage);
        if (!viewState.find()) {
            throw new IllegalStateException("The page has no form: " + lastPage);
        }
        Map<String, String> request = new HashMap<>(fields);
        request.put(form, form);
        request.put(button, button);
        request.put("jakarta.faces.ViewState", viewState.group(1));
        return post(path, request);
    }

    /** A file for {@link #submitWithFiles}: what a browser sends for a chosen file. */
    public record Upload(String fileName, byte[] content) {
    }

    /**
     * Submits a {@code multipart/form-data} form of the last page fetched, as a browser would after a click on
     * {@code button}, with files chosen in its file inputs.
     *
     * @param files the files by the name of their input
     */
    public HttpResponse<String> submitWithFiles(String path, String form, String button, Map<String, String> fields, Map<String, List<Upload>> files) {
        Matcher viewState = VIEW_STATE.matcher(lastPage);
        if (!viewState.find()) {
            throw new IllegalStateException("The page has no form: " + lastPage);
        }
        Map<String, String> request = new HashMap<>(fields);
        request.put(form, form);
        request.put(button, button);
        request.put("jakarta.faces.ViewState", viewState.group(1));
        return postMultipart(path, request, files);
    }

    /** Posts {@code multipart/form-data} with exactly these fields and files, e.g. a form kept to be sent again later. */
    public HttpResponse<String> postMultipart(String path, Map<String, String> request, Map<String, List<Upload>> files) {
        String boundary = "----gatehouse" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        request.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, uploads) -> uploads.forEach(upload -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + upload.fileName()
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(upload.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(application.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** The bytes of a download, with its headers; the page last fetched stays what it was. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(application.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(application.resolve(path)).GET().build());
    }

    /** A Jakarta Faces Ajax request, as faces.js sends it: the answer is a partial response. */
    public HttpResponse<String> ajax(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(application.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(fields))).build());
    }

    /**
     * The events a PrimeFaces schedule of the last page fetched shows for a period, asked for as its script asks when
     * it shows the period: the answer is a partial response holding the events as JSON.
     *
     * @param schedule the schedule's id, in a form of that id with {@code prependId="false"}
     */
    public String scheduleEvents(String path, String form, String schedule, java.time.Instant from, java.time.Instant to) {
        return ajax(path, Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", schedule, "jakarta.faces.partial.execute", schedule,
                "jakarta.faces.partial.render", schedule, form, form, schedule + "_event", "true", schedule + "_start", from.toString(),
                schedule + "_end", to.toString(), "jakarta.faces.ViewState", hidden("jakarta.faces.ViewState"))).body();
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(application.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(fields))).build());
    }

    private static String encoded(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * Sends the last request again, byte for byte: what a browser sends when a person presses the button a second
     * time or reloads the page a POST answered.
     */
    public HttpResponse<String> resend() {
        return send(lastRequest);
    }

    /** The value of a hidden input of the last page, e.g. a form's one-time token. */
    public String hidden(String name) {
        Matcher input = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"").matcher(lastPage);
        if (!input.find()) {
            throw new IllegalStateException("The page has no input " + name + ": " + lastPage);
        }
        return input.group(1);
    }

    /** The body of the last answer, e.g. the sign-in page after a refused attempt. */
    public String lastPage() {
        return lastPage;
    }

    /** The session cookie's value, or null before the application gave one. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /**
     * The page without its JSF view state, a random token of each rendering: what is left is what the
     * person sees, e.g. to compare a "not found" page for a record out of scope with one for a missing record.
     */
    public static String withoutViewState(String page) {
        return VIEW_STATE.matcher(page).replaceAll("name=\"jakarta.faces.ViewState\"");
    }

    /** The case titles a case list page shows, in order. */
    public static List<String> caseTitles(String page) {
        return CASE_TITLE.matcher(page).results().map(match -> match.group(1).strip()).toList();
    }

    /** The id of the case with this title on a case list page. */
    public static long caseId(String page, String title) {
        Matcher link = Pattern.compile("case.xhtml\\?id=(\\d+)\">" + Pattern.quote(title) + "<").matcher(page);
        if (!link.find()) {
            throw new AssertionError("No case titled '" + title + "' on the page");
        }
        return Long.parseLong(link.group(1));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            lastRequest = request;
            lastPage = response.body();
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
