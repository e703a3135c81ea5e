package org.gatehouse.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;

/**
 * Jakarta Faces answers a failed Ajax request itself, with an error in the partial response that the browser
 * shows nowhere: a list that pages or sorts while the database is down would just stop answering. A failure that
 * means the database cannot be reached leaves Faces instead, so that {@link FailureLog} answers it like any other
 * request, with the {@link DatabaseOutage} page (for Ajax, a redirect to the page, which then shows it).
 */
public class DatabaseOutageExceptions extends ExceptionHandlerFactory {

    public DatabaseOutageExceptions(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
            @Override
            public void handle() {
                for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                    Throwable failure = event.getContext().getException();
                    if (DatabaseOutage.causes(failure)) {
                        throw new FacesException(failure);
                    }
                }
                getWrapped().handle();
            }
        };
    }
}
