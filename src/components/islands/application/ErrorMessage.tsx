interface Props {
	id: string;
	message: string | undefined;
}

export function ErrorMessage({ id, message }: Props) {
	if (!message) return null;

	return (
		<p id={`${id}-error`} className="error-message">
			<span className="visually-hidden">Error:</span> {message}
		</p>
	);
}
