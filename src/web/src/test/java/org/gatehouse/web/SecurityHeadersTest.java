package org.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The headers of every page; the running applications are checked by PortalIT and BackOfficeIT, over plain HTTP. */
class SecurityHeadersTest {

    @Test
    void overHttpsBrowsersAreToldToComeBackOnlyOverHttps() throws Exception {
        assertThat(headersFor(true)).containsEntry("Strict-Transport-Security", "max-age=31536000")
                .containsEntry("Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
    }

    @Test
    void overPlainHttpNoStrictTransportSecurity() throws Exception {
        assertThat(headersFor(false)).doesNotContainKey("Strict-Transport-Security")
                .containsEntry("Referrer-Policy", "same-origin").containsEntry("X-Content-Type-Options", "nosniff");
    }

    private static Map<String, String> headersFor(boolean secure) throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> method.getName().equals("isSecure") ? secure : null);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("setHeader")) {
                        headers.put((String) arguments[0], (String) arguments[1]);
                    }
                    return null;
                });
        boolean[] passedOn = {false};
        FilterChain chain = (req, res) -> passedOn[0] = true;

        new SecurityHeaders().doFilter(request, response, chain);

        assertThat(passedOn[0]).as("the page itself is still served").isTrue();
        return headers;
    }
}
