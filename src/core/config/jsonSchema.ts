import { z } from 'zod';
import { configSchema } from './schema.js';

export function configJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://schemagate.dev/schemagate.schema.json',
    title: 'schemagate.yml',
  };
}
