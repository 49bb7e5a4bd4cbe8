package com.mkven.multidb.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiNamesTest {
    private static final String FORMAT = " must match ^[a-z][a-zA-Z0-9]*$";

    @ParameterizedTest
    @ValueSource(strings = {"a", "orders", "orderItems", "ordersArchive", "o2", "x1y2Z3", "iPhone"})
    void camelCaseNamesAreValid(String apiName) {
        assertThat(ApiNames.validateApiName(apiName)).isEmpty();
    }

    @Test
    void sixtyFourCharactersAreAllowed() {
        assertThat(ApiNames.validateApiName("a".repeat(64))).isEmpty();
    }

    @Test
    void sixtyFiveCharactersAreTooLong() {
        String name = "a".repeat(65);
        assertThat(ApiNames.validateApiName(name))
                .contains("apiName '" + name + "' must be 1 to 64 characters long (has 65)");
    }

    @Test
    void emptyNameIsTooShort() {
        assertThat(ApiNames.validateApiName("")).contains("apiName '' must be 1 to 64 characters long (has 0)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Order_Items", "Orders", "order_items", "order-items", "order items", " orders", "orders ",
            "1orders", "123", "_orders", "orders.id", "orders$"})
    void namesOutsideTheFormatAreRejected(String apiName) {
        assertThat(ApiNames.validateApiName(apiName)).contains("apiName '" + apiName + "'" + FORMAT);
    }

    @Test
    void digitsAreAllowedAfterTheFirstLetter() {
        assertThat(ApiNames.validateApiName("address2Line")).isEmpty();
        assertThat(ApiNames.validateApiName("2ndAddress")).contains("apiName '2ndAddress'" + FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"from", "select", "where", "having", "limit", "offset", "order", "group", "join",
            "distinct", "exists", "null", "true", "false", "and", "or", "not", "in", "like", "as", "on", "by", "asc",
            "desc", "count", "sum", "avg", "min", "max"})
    void reservedWordsAreRejected(String word) {
        assertThat(ApiNames.validateApiName(word)).contains("apiName '" + word + "' is a reserved word");
    }

    @Test
    void capitalisedReservedWordBreaksTheFormatInstead() {
        assertThat(ApiNames.validateApiName("From")).contains("apiName 'From'" + FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"orDer", "fromDate", "selected", "orders", "counts", "maxPrice", "inStock", "byIds"})
    void reservedWordsMatchOnlyWholeAndAsWritten(String apiName) {
        assertThat(ApiNames.validateApiName(apiName)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"café", "ünits", "naïve", "ordersΔ", "заказы", "名前"})
    void lettersOutsideAsciiAreRejected(String apiName) {
        assertThat(ApiNames.validateApiName(apiName)).contains("apiName '" + apiName + "'" + FORMAT);
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // 40 emoji are 80 UTF-16 units but 40 characters: the format, not the length, is what is wrong.
        String emoji = "a" + "\uD83D\uDE00".repeat(39);
        assertThat(ApiNames.validateApiName(emoji)).contains("apiName '" + emoji + "'" + FORMAT);
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> ApiNames.validateApiName(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("apiName is null");
    }
}
