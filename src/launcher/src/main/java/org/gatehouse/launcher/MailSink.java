package org.gatehouse.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The demo's mail server: accepts every mail Gatehouse sends (GreenMail, on a free local port) and writes each one
 * as an {@code .eml} file, which any mail program opens, so that invitations and password links can be followed
 * without a real mail server. Nothing leaves the machine.
 */
final class MailSink implements AutoCloseable {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path directory;
    private final GreenMail smtp;
    private final Thread writer;
    private int written;

    private MailSink(Path directory, int port) {
        this.directory = directory;
        this.smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        this.writer = new Thread(this::writeArrivals, "mail-sink");
        writer.setDaemon(true);
    }

    static MailSink start(Path directory) {
        try {
            Files.createDirectories(directory);
            MailSink sink = new MailSink(directory, freePort());
            sink.smtp.start();
            sink.writer.start();
            return sink;
        } catch (IOException e) {
            throw new UncheckedIOException("No directory for the demo's mail: " + e.getMessage(), e);
        }
    }

    int port() {
        return smtp.getSmtp().getPort();
    }

    /** GreenMail keeps what it received; this writes the new arrivals out about twice a second. */
    private void writeArrivals() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                MimeMessage[] received = smtp.getReceivedMessages();
                for (; written < received.length; written++) {
                    write(received[written]);
                }
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | MessagingException e) {
                System.err.println("Gatehouse: a demo mail could not be written to " + directory + ": " + e);
                written++;
            }
        }
    }

    private void write(MimeMessage message) throws IOException, MessagingException {
        Address[] to = message.getAllRecipients();
        String recipient = to == null || to.length == 0 ? "unknown" : to[0].toString().replaceAll("[^A-Za-z0-9@._-]", "_");
        Path file = directory.resolve(FILE_TIME.format(LocalDateTime.now()) + "-" + (written + 1) + "-" + recipient + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        }
    }

    @Override
    public void close() {
        writer.interrupt();
        smtp.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the demo's mail server", e);
        }
    }
}
