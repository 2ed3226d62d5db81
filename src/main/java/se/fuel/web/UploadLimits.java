package se.fuel.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

import se.fuel.common.Text;
import se.fuel.assistance.AssistanceSeries;

/**
 * How large an upload may be. The server takes files up to the statistics import's limit (a million rows of figures,
 * {@code spring.servlet.multipart}), but only the import's addresses get that much: every other upload (attachments,
 * ratings) is refused above {@link #OTHER_MAX_BYTES}, the server's limit before the import needed more. Attachments
 * also check their own 10 MB in code ({@code UploadedDocument}).
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

	/** Every upload but the statistics import. */
	static final long OTHER_MAX_BYTES = 20L * 1024 * 1024;

	static final Text ATTACHMENT_MESSAGE = Text.of("problem.upload.attachment");

	static final Text IMPORT_MESSAGE = Text.of("problem.upload.import", AssistanceSeries.MAX_IMPORT_SIZE);

	/** The addresses that take an import file. */
	static boolean isImport(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/statistics/assistance/import") || path.equals("/api/v1/statistics/assistance/imports");
	}

	/** The message naming the limit that a too large upload to this address broke. */
	static Text message(HttpServletRequest request) {
		return isImport(request) ? IMPORT_MESSAGE : ATTACHMENT_MESSAGE;
	}

	/** Replaces Spring Boot's resolver (same name): the server's parsing, then the limit of the address. */
	@Bean
	MultipartResolver multipartResolver() {
		return new StandardServletMultipartResolver() {

			@Override
			public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) {
				MultipartHttpServletRequest multipart = super.resolveMultipart(request);
				if (!isImport(request)) {
					long total = 0;
					for (List<MultipartFile> files : multipart.getMultiFileMap().values()) {
						for (MultipartFile file : files) {
							total += file.getSize();
						}
					}
					if (total > OTHER_MAX_BYTES) {
						cleanupMultipart(multipart);
						throw new MaxUploadSizeExceededException(OTHER_MAX_BYTES);
					}
				}
				return multipart;
			}
		};
	}
}
