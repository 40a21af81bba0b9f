package fr.messagerie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

// Public: the resolver reads only records it can reach, and Row is nested here.
public class RecordAccessorELResolverTest {

    /** A page's row, as the home list draws it. */
    public record Row(String reference, long unreadReplies) {

        public String shout(String suffix) {
            return reference + suffix;
        }
    }

    private record Hidden(String reference) {}

    /** A JavaBean: left to the resolvers after this one. */
    public static class Bean {
        public String getReference() {
            return "bean";
        }
    }

    private final RecordAccessorELResolver resolver = new RecordAccessorELResolver();
    private final Row row = new Row("MSG-2026-ABCD1234", 2);

    @Test
    void aComponentIsReadAsAPropertyAndAsAMethod() {
        ELContext property = context();
        assertThat(resolver.getValue(property, row, "reference")).isEqualTo("MSG-2026-ABCD1234");
        assertThat(property.isPropertyResolved()).isTrue();

        ELContext method = context();
        assertThat(resolver.invoke(method, row, "unreadReplies", new Class<?>[0], new Object[0]))
                .isEqualTo(2L);
        assertThat(method.isPropertyResolved()).isTrue();
    }

    @Test
    void anythingElseIsLeftToTheNextResolvers() {
        ELContext context = context();
        assertThat(resolver.getValue(context, row, "missing")).isNull();
        assertThat(resolver.invoke(context, row, "shout", null, new Object[] {"!"})).isNull();
        assertThat(resolver.getValue(context, new Bean(), "reference")).isNull();
        assertThat(resolver.getValue(context, null, "row")).isNull();
        assertThat(resolver.getValue(context, new Hidden("x"), "reference"))
                .as("a private record's accessor cannot be called from here")
                .isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void aComponentIsReadOnly() {
        ELContext context = context();
        assertThat(resolver.isReadOnly(context, row, "reference")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(context(), row, "reference", "other"))
                .isInstanceOf(PropertyNotWritableException.class);
    }

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }
}
