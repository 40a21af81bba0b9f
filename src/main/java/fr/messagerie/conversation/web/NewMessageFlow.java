package fr.messagerie.conversation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.flow.Flow;
import jakarta.faces.flow.builder.FlowBuilder;
import jakarta.faces.flow.builder.FlowBuilderParameter;
import jakarta.faces.flow.builder.FlowDefinition;
import jakarta.faces.flow.builder.ViewBuilder;
import java.io.Serializable;

/**
 * The new-message wizard as a Faces Flow: one view node per step, entered by the outcome {@value
 * #ID} and left only through the return node {@value #EXIT}, which brings the citizen back to "Ma
 * messagerie". Every step is reached by a named outcome with a redirect, so the address bar always
 * shows the step on screen and a refresh never resends a form. {@code @Dependent} makes the class a
 * bean under annotated discovery, which Mojarra needs to find the producer.
 */
@Dependent
public class NewMessageFlow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The flow id: also the outcome that enters it, and the folder of its pages. */
    public static final String ID = "nouveau-message";

    /** The outcome that leaves the flow (cancel, or done after the confirmation). */
    public static final String EXIT = "quitter";

    /** Where the return node leads, seen from outside the flow. */
    static final String EXIT_TARGET = "/espace/messagerie/index?faces-redirect=true";

    @Produces
    @FlowDefinition
    public Flow define(@FlowBuilderParameter FlowBuilder flow) {
        flow.id("", ID);
        for (WizardStep step : WizardStep.values()) {
            ViewBuilder view = flow.viewNode(step.node(), step.viewId());
            if (step == WizardStep.THEME) {
                view.markAsStartNode();
            }
        }
        // No navigation case here: the flow definition travels in the session, and navigation
        // cases are not serializable. Outcomes name the node and ask for the redirect themselves.
        flow.returnNode(EXIT).fromOutcome(EXIT_TARGET);
        return flow.getFlow();
    }
}
