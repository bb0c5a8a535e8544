import 'reflect-metadata';
import { initOrm } from '../api/src/db/orm.js';
const orm = await initOrm('postgres://postgres@127.0.0.1:5432/postgres');
console.log(await orm.schema.getCreateSchemaSQL({ wrap: false }));
await orm.close();
