package org.gatehouse.documents;

/**
 * Which versions a list shows, inside the reader's scope: one customer's (the back office's All documentation
 * tab) or all the reader sees (the portal's Documentation page), optionally those whose document title, file
 * name or note contains the text.
 */
public record DocumentFilter(Long customerId, String text) {

    public static DocumentFilter ofCustomer(long customerId) {
        return new DocumentFilter(customerId, null);
    }
}
