package fr.messagerie.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Container tests deploy the WAR the build produced (not a hand-listed archive), so they prove what
 * ships. In-container tests add only their own classes.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive builtWar(Class<?>... testClasses) {
        File war = new File(System.getProperty("war.file", "target/messagerie.war"));
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
        return archive.addClasses(testClasses);
    }
}
