package org.gatehouse.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SMTP server Gatehouse sends through, from {@code gatehouse.mail.*} (README, settings). */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "gatehouse.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "gatehouse.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "gatehouse.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "gatehouse.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "gatehouse.mail.tls", defaultValue = "true")
    boolean tls;

    @Inject
    @ConfigProperty(name = "gatehouse.mail.from", defaultValue = "gatehouse@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "gatehouse.mail.keep-days", defaultValue = "30")
    int keepDays;

    /** Without a host, mails wait in the outbox until one is configured. */
    public boolean isConfigured() {
        return host.filter(name -> !name.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    /** How long the body of a sent mail is kept ({@link MailRetention}). */
    public Duration keep() {
        return Duration.ofDays(keepDays);
    }

    public Session session() {
        return session(host.orElseThrow(), port, username.orElse(null), password.orElse(null), tls);
    }

    /** An SMTP session; {@code tls} requires STARTTLS, so that credentials and links never travel in clear. */
    public static Session session(String host, int port, String username, String password, boolean tls) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "30000");
        properties.put("mail.smtp.writetimeout", "30000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(tls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(tls));
        if (username == null || username.isBlank()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(username, password);
            }
        });
    }
}
