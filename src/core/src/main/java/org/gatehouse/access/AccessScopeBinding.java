package org.gatehouse.access;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Binds the current user's scope to the transaction's persistence context before a service call.
 * Without a signed-in user there is no scope and the call fails: the filter fails closed.
 */
@InAccessScope
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AccessScopeBinding {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    CurrentScope currentScope;

    @AroundInvoke
    public Object bind(InvocationContext invocation) throws Exception {
        currentScope.get().bindTo(em);
        return invocation.proceed();
    }
}
