package org.gatehouse.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is {@code Secure} when {@code gatehouse.session-cookie.secure} says so (README, settings): on
 * behind TLS, as in the docker image; off for the run command over plain HTTP, where Payara still marks it secure on
 * a request that came over HTTPS. It is always http-only (web.xml) and {@code SameSite=Lax}: Payara takes SameSite
 * only from WEB-INF/glassfish-web.xml, not from {@code SessionCookieConfig.setAttribute}.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    static final String SECURE = "gatehouse.session-cookie.secure";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (ConfigProvider.getConfig().getOptionalValue(SECURE, Boolean.class).orElse(false)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
