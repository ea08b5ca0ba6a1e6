/** One endpoint of the API reference: what it does, what it takes, and a curl line to try it. */
type Parameter = { name: string; in: string; required: boolean; description?: string; schema?: { type?: string; enum?: string[] } };
export type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  "x-factdesk-access": "read" | "write";
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema?: unknown }> }>;
};

function curl(method: string, path: string, origin: string, hasBody: boolean): string {
  const url = `${origin}/api/v1${path.replace(/\{(\w+)\}/g, "<$1>")}`;
  const parts = [`curl -X ${method} "${url}"`, '-H "Authorization: Bearer $FACTDESK_TOKEN"'];
  if (hasBody) parts.push('-H "Content-Type: application/json"', "-d '{…}'");
  return parts.join(" \\\n  ");
}

export function EndpointSection({ method, path, operation, origin }: { method: string; path: string; operation: Operation; origin: string }) {
  const success = Object.entries(operation.responses).find(([status]) => status.startsWith("2"));
  const body = operation.requestBody?.content["application/json"]?.schema;
  return (
    <section className="card api-endpoint" aria-labelledby={operation.operationId} id={operation.operationId}>
      <h3 id={operation.operationId}>
        <span className={`tag api-method api-method--${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
      </h3>
      <p>
        {operation.summary}. <span className="muted small">{operation["x-factdesk-access"] === "write" ? "Needs a read-and-write token." : "Any token of the team."}</span>
      </p>
      {operation.description && <p className="muted">{operation.description}</p>}
      {operation.parameters.length > 0 && (
        <div className="table-scroll">
          <table className="version-table">
            <caption className="visually-hidden">Parameters of {operation.operationId}</caption>
            <thead>
              <tr>
                <th scope="col">Parameter</th>
                <th scope="col">In</th>
                <th scope="col">About</th>
              </tr>
            </thead>
            <tbody>
              {operation.parameters.map((p) => (
                <tr key={`${p.in}-${p.name}`}>
                  <td>
                    <code>{p.name}</code>
                    {p.required && <span className="muted small"> required</span>}
                  </td>
                  <td>{p.in}</td>
                  <td>{p.description ?? (p.schema?.enum ? `One of ${p.schema.enum.join(", ")}.` : "")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {body !== undefined && (
        <details>
          <summary>Request body (JSON Schema)</summary>
          <pre className="api-schema">{JSON.stringify(body, null, 2)}</pre>
        </details>
      )}
      {success && (
        <p className="small">
          Answers <strong>{success[0]}</strong>: {success[1].description}
        </p>
      )}
      <pre className="api-curl" aria-label={`Example request for ${operation.operationId}`}>
        {curl(method.toUpperCase(), path, origin, body !== undefined)}
      </pre>
    </section>
  );
}
