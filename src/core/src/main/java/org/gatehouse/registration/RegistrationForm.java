package org.gatehouse.registration;

/** What a new customer types on the portal's registration page. */
public record RegistrationForm(String companyName, String name, String email, String password, String groupCode) {
}
