package org.gatehouse.mail;

import java.io.Serializable;

/**
 * What the Mail screen asks for; both parts are optional.
 *
 * @param state     only mails in this state
 * @param recipient part of the recipient's address
 */
public record MailFilter(MailState state, String recipient) implements Serializable {
}
