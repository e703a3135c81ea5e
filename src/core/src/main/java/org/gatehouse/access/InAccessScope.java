package org.gatehouse.access;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a service that reads or writes customer-owned records: every call runs with the signed-in
 * user's {@link AccessScope} bound to the persistence context (see {@link AccessScopeBinding}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface InAccessScope {
}
