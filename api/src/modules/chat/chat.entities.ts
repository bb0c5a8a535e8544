/** The chat module's entities, registered in db/entities.ts. */
import { ChatDocument } from './chat-document.entity.js';
import { ChatMember } from './chat-member.entity.js';
import { ChatMessage } from './chat-message.entity.js';
import { ChatStream } from './chat-stream.entity.js';

export const chatEntities = [ChatStream, ChatMember, ChatDocument, ChatMessage];
