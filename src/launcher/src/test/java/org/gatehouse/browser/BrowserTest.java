package org.gatehouse.browser;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that drives a real browser against a running Gatehouse: its test methods take a
 * {@link org.gatehouse.launcher.GatehouseServer} and a {@link org.openqa.selenium.WebDriver} as parameters.
 *
 * <p>{@link Browser} comes first, so that on a machine without Chromium a test is skipped before a server is started.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Browser.class)
@ExtendWith(RunningGatehouse.class)
public @interface BrowserTest {
}
