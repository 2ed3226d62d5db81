package se.fuel.web;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import se.fuel.common.Violation;

/**
 * A form field's row number is a whole number from 0 up to the most rows a form may grow to (Spring's binder limit),
 * checked for every form before anything is bound. A name such as {@code budgetLines[99999].amount},
 * {@code budgetLines[-1].amount} or {@code budgetLines[abc]} cannot come from a Fuel page, and Spring's binding of
 * form records fails on them with exceptions it does not turn into a 400; here they get one, naming the field.
 */
class FormFieldIndexes implements HandlerInterceptor {

	static final int MAX_ROWS = DataBinder.DEFAULT_AUTO_GROW_COLLECTION_LIMIT;

	private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]");

	private static final Pattern FIRST = Pattern.compile("^([A-Za-z_$][\\w$]*)\\[([^\\]]*)]");

	private final Map<HandlerMethod, Set<String>> listsByHandler = new ConcurrentHashMap<>();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws ServletRequestBindingException {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Set<String> lists = listsByHandler.computeIfAbsent(method, FormFieldIndexes::listProperties);
		for (String name : request.getParameterMap().keySet()) {
			Matcher first = FIRST.matcher(name);
			if (first.find() && lists.contains(first.group(1)) && !isRow(first.group(2))) {
				throw new InvalidParameterException(invalidRow(name));
			}
			Matcher index = INDEX.matcher(name);
			while (index.find()) {
				String key = index.group(1);
				if (key.matches("-?\\d+") && !isRow(key)) {
					throw new InvalidParameterException(invalidRow(name));
				}
			}
		}
		return true;
	}

	static Violation invalidRow(String field) {
		return Violation.of(field, "row-number", "problem.field.rowNumber", field, String.valueOf(MAX_ROWS - 1));
	}

	private static boolean isRow(String index) {
		return index.matches("\\d{1,9}") && Integer.parseInt(index) < MAX_ROWS;
	}

	/** The list and array properties of the handler's form objects: the fields whose index is a row number. */
	private static Set<String> listProperties(HandlerMethod method) {
		Set<String> names = new HashSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(RequestParam.class)
					|| parameter.hasParameterAnnotation(PathVariable.class)
					|| parameter.hasParameterAnnotation(RequestBody.class) || BeanUtils.isSimpleProperty(type)
					|| type.getName().startsWith("java.") || type.getName().startsWith("jakarta.")
					|| type.getName().startsWith("org.springframework.")) {
				continue;
			}
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					if (isList(component.getType())) {
						names.add(component.getName());
					}
				}
			}
			try {
				for (PropertyDescriptor property : Introspector.getBeanInfo(type).getPropertyDescriptors()) {
					if (isList(property.getPropertyType())) {
						names.add(property.getName());
					}
				}
			}
			catch (IntrospectionException e) {
				// A type the JDK cannot introspect has no bean properties to bind into.
			}
			for (Field field : type.getFields()) {
				if (isList(field.getType())) {
					names.add(field.getName());
				}
			}
		}
		return Set.copyOf(names);
	}

	private static boolean isList(Class<?> type) {
		return type != null && (Collection.class.isAssignableFrom(type) || type.isArray());
	}
}
