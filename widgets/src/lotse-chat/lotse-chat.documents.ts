/** The GraphQL operations of `<lotse-chat>` (typed by `npm run codegen`). */
import { graphql } from '../gql/index.js';
import type {
  ChatWidgetMessageFragment,
  ChatWidgetStreamFragment,
  ChatWidgetPresenceFragment,
} from '../gql/graphql.js';

export const MESSAGE_FIELDS = graphql(`
  fragment ChatWidgetMessage on ChatMessage {
    id
    streamId
    seq
    kind
    body
    createdAt
    link
    clientMessageId
    sender {
      id
      kind
      displayName
    }
    document {
      id
      filename
      contentType
      size
    }
  }
`);

export const STREAM_FIELDS = graphql(`
  fragment ChatWidgetStream on ChatStream {
    id
    kind
    title
    lastSeq
    lastReadSeq
    unreadCount
    counterpart {
      id
      kind
      displayName
    }
  }
`);

export const PRESENCE_FIELDS = graphql(`
  fragment ChatWidgetPresence on CounsellorPresence {
    counsellorId
    displayName
    state
  }
`);

/** Who can be reached now (the bubble), public. */
export const AVAILABILITY = graphql(`
  query ChatWidgetAvailability($key: String!) {
    chatAvailability(organisationKey: $key) {
      anyoneOnline
      counsellors {
        ...ChatWidgetPresence
      }
    }
  }
`);

/** Presence changes of the organisation's counsellors, public. */
export const PRESENCE_CHANGED = graphql(`
  subscription ChatWidgetPresenceChanged($key: String!) {
    counsellorPresenceChanged(organisationKey: $key) {
      ...ChatWidgetPresence
    }
  }
`);

/** Who the stored session belongs to (the widget serves clients only) and their newest client stream. */
export const VIEWER = graphql(`
  query ChatWidgetViewer {
    me {
      id
      kind
      client {
        pseudonym
      }
    }
  }
`);

/** The client's streams, newest first: the newest 1:1 chat is taken up, and any group chat shows the list of chats. */
export const MY_STREAM = graphql(`
  query ChatWidgetMyStream {
    chatStreams(page: { first: 20 }) {
      edges {
        node {
          ...ChatWidgetStream
        }
      }
    }
  }
`);

/** An anonymous visitor: account with this pseudonym, session and stream in one step. */
export const START_CHAT = graphql(`
  mutation ChatWidgetStartChat($input: StartChatInput!) {
    startChat(input: $input) {
      session {
        accessToken
        accessTokenExpiresAt
        refreshToken
        me {
          id
          kind
          client {
            pseudonym
          }
        }
      }
      stream {
        ...ChatWidgetStream
      }
    }
  }
`);

/** A logged-in client without a stream opens one with a counsellor who is online. */
export const OPEN_STREAM = graphql(`
  mutation ChatWidgetOpenStream($input: OpenChatStreamInput!) {
    openChatStream(input: $input) {
      ...ChatWidgetStream
    }
  }
`);

export const HISTORY = graphql(`
  query ChatWidgetHistory($streamId: ID!, $beforeSeq: Int, $last: Int) {
    chatHistory(streamId: $streamId, beforeSeq: $beforeSeq, last: $last) {
      hasOlder
      messages {
        ...ChatWidgetMessage
      }
    }
  }
`);

/** Every message after `afterSeq` once and in order, then live ones. */
export const MESSAGE_ADDED = graphql(`
  subscription ChatWidgetMessageAdded($streamId: ID!, $afterSeq: Int) {
    chatMessageAdded(streamId: $streamId, afterSeq: $afterSeq) {
      ...ChatWidgetMessage
    }
  }
`);

export const TYPING_CHANGED = graphql(`
  subscription ChatWidgetTypingChanged($streamId: ID!) {
    chatTypingChanged(streamId: $streamId) {
      typing
      participant {
        id
        displayName
      }
    }
  }
`);

export const READ_MARKER_MOVED = graphql(`
  subscription ChatWidgetReadMarkerMoved($streamId: ID!) {
    chatReadMarkerMoved(streamId: $streamId) {
      seq
      participant {
        id
      }
    }
  }
`);

export const SEND_MESSAGE = graphql(`
  mutation ChatWidgetSendMessage($input: SendChatMessageInput!) {
    sendChatMessage(input: $input) {
      ...ChatWidgetMessage
    }
  }
`);

export const MARK_READ = graphql(`
  mutation ChatWidgetMarkRead($input: MarkChatReadInput!) {
    markChatRead(input: $input) {
      id
      lastReadSeq
    }
  }
`);

export const SET_TYPING = graphql(`
  mutation ChatWidgetSetTyping($input: SetChatTypingInput!) {
    setChatTyping(input: $input)
  }
`);

export type ChatMessage = ChatWidgetMessageFragment;
export type ChatStream = ChatWidgetStreamFragment;
export type CounsellorPresence = ChatWidgetPresenceFragment;
export type PresenceState = CounsellorPresence['state'];
